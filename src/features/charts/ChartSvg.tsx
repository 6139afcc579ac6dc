/**
 * Draws a chart scene as SVG. The charts were drawn by ECharts, which lays out and paints the whole chart again
 * on any change: two charts took 8.5 ms of a filter change's 16 ms budget, to change a few bars. Here React
 * updates only the shapes whose numbers changed, and the browser paints them.
 */
import { memo, useRef, type MouseEvent, type PointerEvent, type Ref } from 'react';
import { ChartTip, type ChartTipHandle } from './ChartTip';
import { FONT_FAMILY } from './layout';
import type { ChartHit } from './model';
import type { ChartScene, SceneText } from './scene';

/** SVG text has no line breaks of its own: each line is a tspan, centred on its y. */
function Text({ text }: { text: SceneText }) {
  const turn = text.turn ? `rotate(${-text.turn} ${text.x} ${text.y})` : undefined;
  return (
    <text
      x={text.x}
      y={text.y}
      fill={text.color}
      fontSize={text.size}
      fontWeight={text.bold ? 700 : 400}
      textAnchor={text.anchor}
      dominantBaseline="central"
      transform={turn}
    >
      {text.lines.length === 1
        ? text.lines[0]
        : text.lines.map((line, i) => (
            <tspan key={i} x={text.x} y={text.y + i * text.lineHeight}>
              {line}
            </tspan>
          ))}
    </text>
  );
}

interface Props {
  scene: ChartScene;
  /** The accessible name: the chart is one image to assistive technology, its numbers are in a table nearby. */
  label: string;
  /** Without it the chart is a picture only (a slide): no pointer, no hover, no tooltips. */
  onHit?: (hit: ChartHit) => void;
  svgRef?: Ref<SVGSVGElement>;
}

/**
 * Memoised: a chart's parent re-renders for other reasons (a data table opened), and the matrix is hundreds of
 * nodes to compare for nothing.
 */
export const ChartSvg = memo(function ChartSvg({ scene, label, onHit, svgRef }: Props) {
  const tip = useRef<ChartTipHandle>(null);
  /** The target under the event, if it is in this chart (an embedding page may use the same attribute). */
  const targetAt = (event: PointerEvent<SVGSVGElement> | MouseEvent<SVGSVGElement>) => {
    const element = (event.target as Element).closest('[data-target]');
    if (!element || !event.currentTarget.contains(element)) return undefined;
    return scene.targets.find((t) => t.key === element.getAttribute('data-target'));
  };
  const click = (event: MouseEvent<SVGSVGElement>) => {
    const target = targetAt(event);
    if (target && onHit) onHit(target.hit);
  };
  // On a tap too (pointerdown), where there is no hover: a phone shows the tip of what it tapped.
  const point = (event: PointerEvent<SVGSVGElement>) => {
    const target = targetAt(event);
    const box = event.currentTarget.getBoundingClientRect();
    if (target) tip.current?.show(target.key, event.clientX - box.left, event.clientY - box.top, box);
    else tip.current?.hide();
  };
  return (
    <div className="chart-svg__frame">
      <svg
        ref={svgRef}
        className={`chart-svg${onHit ? ' chart-svg--live' : ''}`}
        role="img"
        aria-label={label}
        width={scene.width}
        height={scene.height}
        viewBox={`0 0 ${scene.width} ${scene.height}`}
        fontFamily={FONT_FAMILY}
        onClick={onHit && click}
        onPointerMove={onHit && point}
        onPointerDown={onHit && point}
        onPointerLeave={onHit && (() => tip.current?.hide())}
      >
        <g aria-hidden="true">
          {scene.lines.map((line, i) => (
            <line
              key={i}
              x1={line.x1}
              y1={line.y1}
              x2={line.x2}
              y2={line.y2}
              stroke={line.color}
              shapeRendering="crispEdges"
            />
          ))}
          {scene.labels.map((text, i) => (
            <Text key={i} text={text} />
          ))}
          {scene.targets.map((target) => (
            <g key={target.key} className="chart-svg__target" data-target={target.key}>
              <rect {...target.area} fill="transparent" />
              {target.mark && (
                <rect
                  className="chart-svg__mark"
                  x={target.mark.x}
                  y={target.mark.y}
                  width={target.mark.width}
                  height={target.mark.height}
                  fill={target.mark.fill}
                  stroke={target.mark.stroke?.color}
                  strokeWidth={target.mark.stroke?.width}
                />
              )}
              {target.texts.map((text, i) => (
                <Text key={i} text={text} />
              ))}
            </g>
          ))}
        </g>
      </svg>
      {onHit && <ChartTip ref={tip} targets={scene.targets} />}
    </div>
  );
});
