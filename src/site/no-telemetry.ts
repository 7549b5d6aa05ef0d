// The project makes no network request its publisher did not ask for. Astro
// sends anonymous usage data by default; it reads this variable each time it
// would, so setting it here, in the first module astro.config.mjs imports,
// turns it off for every command that loads the configuration (build, dev,
// preview, check, sync), however it is started. A publisher cannot turn it on.
process.env.ASTRO_TELEMETRY_DISABLED = '1';
