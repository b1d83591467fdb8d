/** What both peer pages share: loading the board, and telling the benchmark they have drawn it. */
import { type BenchHooks, type BoardData, boardExtent } from './boardData';

declare global {
  interface Window extends BenchHooks {}
}

export async function loadBoard(): Promise<BoardData> {
  const response = await fetch('/board.json');
  if (!response.ok) throw new Error(`board.json: ${response.status}`);
  return (await response.json()) as BoardData;
}

/**
 * Where every app opens the board: the whole board fitted with a 48-pixel margin, zoomed
 * between 10 % and 100 %, as Stratboard's "fit" frames it (10 % for the full benchmark's
 * board). `x`, `y` put the board's centre at the window's centre, as tldraw's camera and
 * Excalidraw's scroll both count them: screen = (canvas + offset) × zoom.
 */
export function overview(board: BoardData): { x: number; y: number; zoom: number } {
  const { right, bottom } = boardExtent(board);
  const fit = Math.min((window.innerWidth - 96) / right, (window.innerHeight - 96) / bottom);
  const zoom = Math.min(1, Math.max(0.1, fit));
  return { x: window.innerWidth / 2 / zoom - right / 2, y: window.innerHeight / 2 / zoom - bottom / 2, zoom };
}

export function rootElement(): HTMLElement {
  const root = document.getElementById('root');
  if (!root) throw new Error('no #root');
  return root;
}
