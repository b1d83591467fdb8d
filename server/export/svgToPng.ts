/**
 * SVG to PNG with resvg compiled to WebAssembly: no native binary and nothing downloaded at
 * install time. resvg sees no system fonts under WASM, so it gets DejaVu Sans (which covers
 * Cyrillic) from the `dejavu-fonts-ttf` package in node_modules.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { initWasm, Resvg } from '@resvg/resvg-wasm';

const require = createRequire(import.meta.url);
const FONT_FILES = ['dejavu-fonts-ttf/ttf/DejaVuSans.ttf', 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'];

// Module state on purpose: the WASM instance is process-wide (initWasm refuses a second call),
// and compiling it and reading ~1.4 MB of fonts should happen once, on the first DOCX export,
// not at import time and not per request.
let ready: Promise<Uint8Array[]> | null = null;

function loadRenderer(): Promise<Uint8Array[]> {
  ready ??= (async () => {
    await initWasm(readFile(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));
    return Promise.all(FONT_FILES.map(async (file) => new Uint8Array(await readFile(require.resolve(file)))));
  })().catch((error: unknown) => {
    // Let a later export try again rather than fail forever after one bad start.
    ready = null;
    throw error;
  });
  return ready;
}

/** A rendered image and its size in pixels. */
export interface Png {
  data: Uint8Array;
  width: number;
  height: number;
}

/** Renders an SVG document to a PNG `width` pixels wide (height follows the aspect ratio). */
export async function svgToPng(svg: string, width: number): Promise<Png> {
  const fontBuffers = await loadRenderer();
  const resvg = new Resvg(svg, {
    font: { fontBuffers, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' },
    fitTo: { mode: 'width', value: width },
    background: '#ffffff',
  });
  try {
    const image = resvg.render();
    try {
      return { data: image.asPng(), width: image.width, height: image.height };
    } finally {
      image.free();
    }
  } finally {
    resvg.free();
  }
}
