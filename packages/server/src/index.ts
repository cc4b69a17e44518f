export { createApp, type AppOptions } from './app.js';
export { startServer, type RunningServer, type StartOptions } from './server.js';
export { loadConfig, ConfigError, type ServerConfig, type AuthConfig } from './config.js';
export { openDatabase, type Database, type DatabaseLocation, type Db } from './db/database.js';
export { seedDistrict, isEmpty, type DistrictSpec } from './seed.js';
export { demoDistrict } from './demo-data.js';
export { signDemoToken, MAX_TOKEN_LIFETIME_SECONDS, type Actor } from './auth.js';
export { can, type Action, type StudentAccess } from './authz.js';
