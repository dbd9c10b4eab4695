package nl.mediaprotocol.care;

import org.jspecify.annotations.Nullable;

/** A care signal was raised: its coordinators are told once it is saved. */
record SignalRaised(long id, @Nullable String unitCode, String raisedBy) {
}
