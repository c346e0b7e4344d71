import { describe, expect, it } from 'vitest';
import { parseWrkOutput } from '@/scripts/measure/lib/wrk';

const REPORT = `Running 10s test @ http://127.0.0.1:3301/compare/a-vs-b
  2 threads and 64 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency   414.68ms  172.77ms   1.86s    95.89%
    Req/Sec   109.18    115.57   313.00     74.23%
  Latency Distribution
     50%  388.95ms
     75%  477.57ms
     90%  519.69ms
     99%    1.41s 
  1550 requests in 10.09s, 34.93MB read
  Socket errors: connect 0, read 2, write 0, timeout 8
  Non-2xx or 3xx responses: 3
Requests/sec:    153.57
Transfer/sec:      3.46MB
paths: 100000, wrapped: 0
`;

describe('wrk reports', () => {
  it('gives requests/s, p50/p99 in milliseconds and every kind of error', () => {
    const r = parseWrkOutput(REPORT);
    expect(r).toMatchObject({ requests: 1550, requestsPerSecond: 153.57, p50Ms: 388.95, p99Ms: 1410, non2xx: 3, socketErrors: 10, wrapped: 0 });
    expect(r.bytesRead).toBeCloseTo(34.93 * 1024 ** 2);
  });

  it('reads microsecond latencies and a clean run as zero errors', () => {
    const clean = REPORT.replace('388.95ms', '812.00us').replace(/ {2}Socket errors.*\n {2}Non-2xx.*\n/, '').replace(/paths:.*\n/, '');
    const r = parseWrkOutput(clean);
    expect(r.p50Ms).toBeCloseTo(0.812);
    expect(r.non2xx + r.socketErrors).toBe(0);
    expect(r.wrapped).toBeUndefined();
    expect(parseWrkOutput(clean.replace('34.93MB read', '812.50KB read')).bytesRead).toBe(812.5 * 1024);
  });
});
