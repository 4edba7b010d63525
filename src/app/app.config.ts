import { provideHttpClient, withInterceptors } from '@angular/common/http';
import {
  type ApplicationConfig,
  inject,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import { MatIconRegistry } from '@angular/material/icon';
import { TitleStrategy, provideRouter, withComponentInputBinding, withInMemoryScrolling } from '@angular/router';
import { Store } from '@ngrx/store';
import { appRoutes } from './app.routes';
import { AppActions } from './core/auth/auth.actions';
import { provideGridOwner } from './core/auth/grid-owner';
import { credentialsInterceptor, sessionExpiredInterceptor } from './core/http/api-interceptors';
import { provideI18n } from './core/i18n/i18n.providers';
import { TranslatedTitleStrategy } from './core/i18n/translated-title-strategy';
import { provideRootStore } from './core/store/root-store';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideRouter(appRoutes, withComponentInputBinding(), withInMemoryScrolling({ scrollPositionRestoration: 'enabled' })),
    { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
    provideHttpClient(withInterceptors([credentialsInterceptor, sessionExpiredInterceptor])),
    provideI18n(),
    provideRootStore(),
    provideGridOwner(),
    provideAppInitializer(() => {
      inject(MatIconRegistry).setDefaultFontSetClass('material-symbols-outlined');
      inject(Store).dispatch(AppActions.started());
    }),
  ],
};
