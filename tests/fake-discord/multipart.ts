// Reads the multipart/form-data bodies discord.js sends when a message carries files: the
// JSON part (`payload_json`) is the message, the other parts are the attachments.
export interface UploadedFile {
  /** The form field (`files[0]`). */
  field: string;
  filename: string;
  contentType: string | undefined;
  bytes: Buffer;
}

export function parseMultipart(body: Buffer, contentType: string): { json: unknown; files: UploadedFile[] } {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/u.exec(contentType);
  const marker = Buffer.from(`--${boundary?.[1] ?? boundary?.[2] ?? ''}`);
  let json: unknown;
  const files: UploadedFile[] = [];
  let start = body.indexOf(marker);
  while (start !== -1) {
    const next = body.indexOf(marker, start + marker.length);
    if (next === -1) break;
    // Each part: CRLF, headers, a blank line, content, CRLF before the next boundary.
    const part = body.subarray(start + marker.length + 2, next - 2);
    const split = part.indexOf('\r\n\r\n');
    const headers = part.subarray(0, split).toString('utf8');
    const content = part.subarray(split + 4);
    const field = /name="([^"]*)"/u.exec(headers)?.[1] ?? '';
    const filename = /filename="([^"]*)"/u.exec(headers)?.[1];
    if (filename === undefined && field === 'payload_json') json = JSON.parse(content.toString('utf8'));
    else if (filename !== undefined) files.push({ field, filename, contentType: /content-type:\s*([^\r\n]+)/iu.exec(headers)?.[1], bytes: Buffer.from(content) });
    start = next;
  }
  return { json, files };
}
