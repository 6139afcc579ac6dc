import { downloadBlob } from '../../shared/ui/download';

const SVG = 'http://www.w3.org/2000/svg';

/**
 * Saves the chart as a PNG at twice its size on the scheme's background: the chart's own SVG, drawn into a
 * canvas through a blob URL (a CSP that allows `img-src blob:` allows it; a data URL can hit length limits).
 * The SVG carries its colours and fonts as attributes, so the picture is the one on screen. Rejects when the
 * picture cannot be made, so that the page can say so.
 */
export async function downloadChartPng(svg: SVGSVGElement, fileName: string, background: string): Promise<void> {
  const { width, height } = svg.viewBox.baseVal;
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', SVG);
  const paper = document.createElementNS(SVG, 'rect');
  paper.setAttribute('width', '100%');
  paper.setAttribute('height', '100%');
  paper.setAttribute('fill', background);
  copy.prepend(paper);
  const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(copy)], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * 2);
    canvas.height = Math.round(height * 2);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas context');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    // Null where the canvas is over the browser's size limit (a wall screen's chart at twice its size).
    const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!png) throw new Error('the canvas gave no PNG');
    downloadBlob(png, fileName);
  } finally {
    URL.revokeObjectURL(url);
  }
}
