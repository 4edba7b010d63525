import { HttpClient, HttpHeaders, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { DeviceTokenList, User, UserCreateInput, UserPage, UserPatch, UserWithTemporaryPassword } from '@contract';
import type { Observable } from 'rxjs';
import type { UserQuery } from './user-query';

const BASE = '/api/users';
const path = (id: string) => `${BASE}/${encodeURIComponent(id)}`;

@Injectable({ providedIn: 'root' })
export class UsersApi {
  private readonly http = inject(HttpClient);

  list(query: UserQuery, limit: number, cursor?: string | null): Observable<UserPage> {
    let params = new HttpParams().set('limit', limit);
    if (query.q) params = params.set('q', query.q);
    if (query.role) params = params.set('role', query.role);
    if (query.active) params = params.set('active', query.active);
    if (cursor) params = params.set('cursor', cursor);
    return this.http.get<UserPage>(BASE, { params });
  }

  create(input: UserCreateInput): Observable<UserWithTemporaryPassword> {
    return this.http.post<UserWithTemporaryPassword>(BASE, input);
  }

  update(id: string, version: number, patch: UserPatch): Observable<User> {
    return this.http.patch<User>(path(id), patch, { headers: new HttpHeaders({ 'If-Match': `"${version}"` }) });
  }

  deactivate(id: string): Observable<User> {
    return this.http.post<User>(`${path(id)}/deactivate`, {});
  }

  reactivate(id: string): Observable<User> {
    return this.http.post<User>(`${path(id)}/reactivate`, {});
  }

  resetPassword(id: string): Observable<UserWithTemporaryPassword> {
    return this.http.post<UserWithTemporaryPassword>(`${path(id)}/reset-password`, {});
  }

  deviceTokens(id: string): Observable<DeviceTokenList> {
    return this.http.get<DeviceTokenList>(`${path(id)}/device-tokens`);
  }

  revokeToken(userId: string, tokenId: string): Observable<void> {
    return this.http.delete<void>(`${path(userId)}/device-tokens/${encodeURIComponent(tokenId)}`);
  }

  changeOwnPassword(currentPassword: string, newPassword: string): Observable<void> {
    return this.http.post<void>('/api/auth/me/password', { currentPassword, newPassword });
  }
}
