/**
 * The memory of the tab an app runs in, after a forced garbage collection: the JavaScript heap
 * in use (CDP `Performance.getMetrics` JSHeapUsedSize; `measureUserAgentSpecificMemory` needs
 * a cross-origin-isolated page, which none of the three is), the DOM nodes, and the resident
 * memory of the renderer process (DOM, layout, canvases and images live outside the JS heap).
 */
import type { Browser, CDPSession } from '@playwright/test';
import { rssBytes } from '../proc';

export interface TabMemory {
  jsHeapBytes: number;
  domNodes: number;
  /** RSS of the largest renderer process: each app runs alone in the browser, so that is its tab. */
  rendererRssBytes: number;
}

export async function tabMemory(browser: Browser, cdp: CDPSession): Promise<TabMemory> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => metrics.find((entry) => entry.name === name)?.value ?? NaN;
  return { jsHeapBytes: metric('JSHeapUsedSize'), domNodes: metric('Nodes'), rendererRssBytes: await largestRendererRss(browser) };
}

async function largestRendererRss(browser: Browser): Promise<number> {
  const session = await browser.newBrowserCDPSession();
  try {
    const { processInfo } = (await session.send('SystemInfo.getProcessInfo' as never)) as { processInfo: Array<{ type: string; id: number }> };
    const sizes = processInfo.filter((info) => info.type === 'renderer').map((info) => rssOrZero(info.id));
    return sizes.length > 0 ? Math.max(...sizes) : NaN;
  } finally {
    await session.detach();
  }
}

function rssOrZero(pid: number): number {
  try {
    return rssBytes(pid);
  } catch {
    // A spare renderer may exit between the listing and the read.
    return 0;
  }
}
