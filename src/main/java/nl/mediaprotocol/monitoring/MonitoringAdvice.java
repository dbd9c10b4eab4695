package nl.mediaprotocol.monitoring;

/** The FG's advice on a monitoring request. */
enum MonitoringAdvice {

	AGREE, AGREE_WITH_CONDITIONS, DISAGREE;

	public boolean isPositive() {
		return this != DISAGREE;
	}

}
