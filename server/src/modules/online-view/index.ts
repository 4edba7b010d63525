/** The online-view module's public entry point: other modules and app.ts import only from here. */
export { onlineViewModule } from './online-view.module';
