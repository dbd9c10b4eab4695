-- The directory's version: every import raises it in its own transaction. An instance that keeps the
-- units in memory (UnitTreeCache) reads this one row per use and reads the units again only when it
-- moved, so a change made through another instance sharing the database is seen at once.

create table directory_version (
    id      int    primary key,
    version bigint not null
);

insert into directory_version (id, version) values (1, 0);
