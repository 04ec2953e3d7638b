/**
 * @apollo/gateway reports usage to Apollo's servers unless APOLLO_TELEMETRY_DISABLED is set when a
 * gateway is constructed: an OpenTelemetry exporter whose cloud detectors also probe metadata
 * addresses (169.254.169.254, metadata.google.internal) at start. A city's records system calls
 * nothing outside its deployment, so importing this module turns it off, whatever the environment says.
 */
process.env.APOLLO_TELEMETRY_DISABLED = 'true';
