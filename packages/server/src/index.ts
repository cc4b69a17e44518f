export { createApp, type AppOptions } from './app.js';
export { startServer, type RunningServer, type StartOptions } from './server.js';
export { loadConfig, ConfigError, type ServerConfig, type AuthConfig } from './config.js';
export { openDatabase, type Database, type DatabaseLocation, type Db } from './db/database.js';
export { seedDistrict, seedDemo, isEmpty, type DistrictSpec } from './seed.js';
export { importRoster, type ImportOptions } from './roster/import.js';
export { openBundle, BundleError, type Bundle } from './roster/bundle.js';
export { signDemoToken, MAX_TOKEN_LIFETIME_SECONDS, type Actor } from './auth.js';
export { can, type Action, type StudentAccess } from './authz.js';
