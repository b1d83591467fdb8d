/**
 * Excalidraw with the benchmark's board: Excalidraw has no sticky note, so each note is a
 * filled rectangle with its text bound inside (two elements), each lane an unfilled rectangle.
 * Fonts come from the package's own files in the build (`EXCALIDRAW_ASSET_PATH`), not a CDN.
 */
import { convertToExcalidrawElements, Excalidraw } from '@excalidraw/excalidraw';
import type { ExcalidrawImperativeAPI, NormalizedZoomValue } from '@excalidraw/excalidraw/types';
import '@excalidraw/excalidraw/index.css';
import { createRoot } from 'react-dom/client';
import { loadBoard, overview, rootElement } from './benchPage';

declare global {
  interface Window {
    EXCALIDRAW_ASSET_PATH?: string;
  }
}
window.EXCALIDRAW_ASSET_PATH = '/';

const board = await loadBoard();
const elements = convertToExcalidrawElements([
  ...board.lanes.map((lane) => ({ type: 'rectangle' as const, x: lane.x, y: lane.y, width: lane.w, height: lane.h, strokeColor: '#868e96' })),
  ...board.notes.map((note) => ({
    type: 'rectangle' as const,
    id: note.id,
    x: note.x,
    y: note.y,
    width: note.w,
    height: note.h,
    backgroundColor: note.initiative ? '#ffffff' : '#ffec99',
    fillStyle: 'solid' as const,
    strokeColor: '#e8a200',
    roughness: 0,
    label: { text: note.text, fontSize: 16 },
  })),
]);
const camera = overview(board);

const onApi = (api: ExcalidrawImperativeAPI) => (window.benchZoom = () => api.getAppState().zoom.value);

createRoot(rootElement()).render(
  <div style={{ position: 'fixed', inset: 0 }}>
    <Excalidraw
      initialData={{ elements, appState: { zoom: { value: camera.zoom as NormalizedZoomValue }, scrollX: camera.x, scrollY: camera.y } }}
      excalidrawAPI={onApi}
    />
  </div>,
);
