/** The users module's public entry point: other modules and app.ts import only from here. */
export { usersModule } from './users.module';
