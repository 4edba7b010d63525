/** The review module's public entry point: other modules and app.ts import only from here. */
export { reviewModule } from './review.module';
