/**
 * tldraw with the benchmark's board: each note a tldraw sticky note at Stratboard's position
 * (tldraw's notes are 200 × 200, Stratboard's 200 × 140), each lane an unfilled rectangle.
 * Fonts and icons come from `@tldraw/assets` in the build, not tldraw's CDN. tldraw refuses
 * more than 4,000 shapes on a page by default (`maxShapesPerPage`), so the limit is raised.
 */
import { getAssetUrlsByImport } from '@tldraw/assets/imports.vite';
import { createRoot } from 'react-dom/client';
import { createShapeId, type Editor, type TLShapePartial, Tldraw, toRichText } from 'tldraw';
import 'tldraw/tldraw.css';
import { loadBoard, overview, rootElement } from './benchPage';

const board = await loadBoard();
const assetUrls = getAssetUrlsByImport();
const options = { maxShapesPerPage: 20_000 };

const shapes: TLShapePartial[] = [
  ...board.lanes.map(
    (lane, i): TLShapePartial => ({
      id: createShapeId(`lane-${i}`),
      type: 'geo',
      x: lane.x,
      y: lane.y,
      props: { geo: 'rectangle', w: lane.w, h: lane.h, fill: 'none', color: 'grey', richText: toRichText(lane.title), verticalAlign: 'start' },
    }),
  ),
  ...board.notes.map(
    (note): TLShapePartial => ({
      id: createShapeId(note.id),
      type: 'note',
      x: note.x,
      y: note.y,
      props: { color: note.initiative ? 'light-blue' : 'yellow', richText: toRichText(note.text), size: 's' },
    }),
  ),
];

function onMount(editor: Editor) {
  // One batch without undo history, as a document loaded from storage would arrive.
  editor.run(() => editor.createShapes(shapes), { history: 'ignore' });
  const camera = overview(board);
  editor.setCamera({ x: camera.x, y: camera.y, z: camera.zoom });
  window.benchZoom = () => editor.getZoomLevel();
}

createRoot(rootElement()).render(
  <div style={{ position: 'fixed', inset: 0 }}>
    <Tldraw onMount={onMount} assetUrls={assetUrls} options={options} />
  </div>,
);
