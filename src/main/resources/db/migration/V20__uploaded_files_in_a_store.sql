-- Uploaded files leave the database for a file store (a directory on shared storage, or an
-- S3-compatible store), so that several instances share them without the database carrying
-- every scan, photo and screenshot in its rows and its backups. A record keeps the file's
-- key: random, so it says nothing about the file. The store writes a file before its
-- record commits, deletes it when the transaction rolls back, and deletes it after a
-- deletion of the record has committed; a nightly sweep removes files no record refers to.
--
-- Step 1 (here): a key beside the bytes.
-- Step 2 (version 20.1, the Java migration FilesOutOfTheDatabase): every stored file is
-- written to the store and its key recorded; then the bytes' columns are dropped and the
-- key is required. It is one step in Java so that the bytes can never be dropped before
-- they were moved.
--
-- A consent scan purged after its retention period (V14) has no file any more: its key
-- stays empty.
alter table consent_scans add column file_key varchar(64);
alter table publication_media add column file_key varchar(64);
alter table report_evidence add column file_key varchar(64);
alter table case_attachments add column file_key varchar(64);
