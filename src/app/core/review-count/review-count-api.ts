import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ReviewCount } from '@contract';
import type { Observable } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class ReviewCountApi {
  private readonly http = inject(HttpClient);

  count(): Observable<ReviewCount> {
    return this.http.get<ReviewCount>('/api/review/count');
  }
}
