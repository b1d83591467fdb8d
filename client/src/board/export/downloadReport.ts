/**
 * Fetches a report export with the link token (a plain link cannot carry the Authorization
 * header) and reports progress while the body streams in, so a long DOCX export shows it.
 */
import { apiFetch } from '../../api/api';

export const EXPORT_FORMATS = ['docx', 'html', 'md', 'csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Received and total bytes; total is null when the server did not say. */
export type Progress = { received: number; total: number | null };

export async function fetchReport(
  boardId: string,
  token: string,
  format: ExportFormat,
  onProgress: (progress: Progress) => void,
): Promise<{ blob: Blob; filename: string }> {
  const response = await apiFetch(`/api/boards/${encodeURIComponent(boardId)}/export?format=${format}`, { token });
  const length = Number(response.headers.get('content-length'));
  const total = Number.isFinite(length) && length > 0 ? length : null;
  const chunks: Uint8Array[] = [];
  let received = 0;
  onProgress({ received, total });
  const reader = response.body?.getReader();
  if (reader) {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      received += value.length;
      onProgress({ received, total });
    }
  }
  const type = response.headers.get('content-type') ?? 'application/octet-stream';
  return { blob: new Blob(chunks as BlobPart[], { type }), filename: filenameFrom(response.headers.get('content-disposition')) ?? `report.${format}` };
}

/** The UTF-8 file name of a Content-Disposition header (RFC 5987), else the plain one. */
export function filenameFrom(header: string | null): string | null {
  if (!header) return null;
  const utf8 = header.match(/filename\*=UTF-8''([^;]+)/i);
  if (utf8) {
    try {
      return decodeURIComponent(utf8[1]!);
    } catch {
      // Fall through to the ASCII name.
    }
  }
  return header.match(/filename="([^"]+)"/i)?.[1] ?? null;
}

/** Saves a blob as a file through a temporary link. */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
