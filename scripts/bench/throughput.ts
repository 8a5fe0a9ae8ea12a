/** Server throughput for one URL under autocannon: a fixed duration and connection count. */
import autocannon from 'autocannon';

export interface ThroughputResult {
  url: string;
  durationS: number;
  connections: number;
  requests: number;
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  errors: number;
  non2xx: number;
}

export async function measureThroughput(url: string, { durationS = 10, connections = 32 } = {}): Promise<ThroughputResult> {
  const result = await autocannon({ url, connections, duration: durationS, timeout: 10 });
  return {
    url,
    durationS,
    connections,
    requests: result.requests.total,
    requestsPerSecond: result.requests.average,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
  };
}
