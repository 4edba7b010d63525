/** The auth module's public entry point: other modules and app.ts import only from here. */
export { authModule } from './auth.module';
export { assertSignInAllowed, recordSignInAttempt } from './sign-in-throttle';
