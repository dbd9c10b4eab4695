package nl.mediaprotocol.consent;

/** What a recording is: photo, film (video) or sound (audio). */
public enum Medium {

	PHOTO, VIDEO, AUDIO

}
