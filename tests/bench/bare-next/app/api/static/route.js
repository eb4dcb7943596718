/* global Response -- a Web API the Node runtime provides */
// Prerendered at build (○), as Balanza's static reference is: a JSON body of about 200 KB.
export const dynamic = "force-static";

const rows = Array.from({ length: 3300 }, (_, i) => ({ i, label: `row ${i} of the reference body`, value: i * 1.5 }));

export function GET() {
  return Response.json({ rows });
}
