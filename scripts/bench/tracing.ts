/** Recording a Chromium trace through the DevTools protocol (playwright-core's CDP session). */
import type { CDPSession } from 'playwright-core';
import type { TraceEvent } from './trace-tasks.ts';

/**
 * Main-thread tasks (`RunTask`), script events with their URLs and User Timing measures; with
 * `profile`, V8's CPU samples too (which slow the page down: see trace-tasks.ts).
 */
function categories(profile: boolean): string {
  return [
    '-*',
    'devtools.timeline',
    'disabled-by-default-devtools.timeline',
    'blink.user_timing',
    ...(profile ? ['disabled-by-default-v8.cpu_profiler'] : []),
  ].join(',');
}

/** Starts tracing; the returned function stops it and gives back the events. */
export async function startTrace(
  cdp: CDPSession,
  options: { profile: boolean },
): Promise<() => Promise<TraceEvent[]>> {
  await cdp.send('Tracing.start', {
    categories: categories(options.profile),
    transferMode: 'ReturnAsStream',
  });
  return async () => {
    const complete = new Promise<{ stream?: string }>((resolve) => {
      cdp.once('Tracing.tracingComplete', (event: { stream?: string }) => resolve(event));
    });
    await cdp.send('Tracing.end');
    const { stream } = await complete;
    if (!stream) throw new Error('the trace came back without a stream');
    const parts: string[] = [];
    for (;;) {
      const chunk = await cdp.send('IO.read', { handle: stream, size: 1 << 22 });
      parts.push(chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data);
      if (chunk.eof) break;
    }
    await cdp.send('IO.close', { handle: stream });
    const parsed = JSON.parse(parts.join('')) as TraceEvent[] | { traceEvents: TraceEvent[] };
    return Array.isArray(parsed) ? parsed : parsed.traceEvents;
  };
}
