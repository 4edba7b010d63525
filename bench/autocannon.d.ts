/** The part of autocannon's API the benchmarks use (the package ships no types). */
declare module 'autocannon' {
  interface Histogram {
    average: number;
    p50: number;
    p99: number;
    total: number;
  }
  interface Client {
    setHeaders(headers: Record<string, string>): void;
    setRequests(requests: { method: string; path: string; headers: Record<string, string> }[]): void;
  }
  interface Options {
    url: string;
    connections?: number;
    duration?: number;
    method?: string;
    setupClient?: (client: Client) => void;
  }
  interface Result {
    requests: Histogram;
    latency: Histogram;
    errors: number;
    timeouts: number;
    non2xx: number;
  }
  function autocannon(options: Options): Promise<Result>;
  export default autocannon;
}
