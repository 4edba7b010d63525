import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { LoginRequest, SessionInfo, SessionUser, UpdateMePreferences } from '@contract';
import type { Observable } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class AuthApi {
  private readonly http = inject(HttpClient);

  me(): Observable<SessionInfo> {
    return this.http.get<SessionInfo>('/api/auth/me');
  }

  login(credentials: LoginRequest): Observable<SessionInfo> {
    return this.http.post<SessionInfo>('/api/auth/login', credentials);
  }

  logout(): Observable<unknown> {
    return this.http.post('/api/auth/logout', {});
  }

  updatePreferences(preferences: UpdateMePreferences): Observable<SessionUser> {
    return this.http.patch<SessionUser>('/api/auth/me', preferences);
  }
}
