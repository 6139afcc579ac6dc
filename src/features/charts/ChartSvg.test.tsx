// @vitest-environment jsdom
/** The drawing of a scene: lines of text where the scene puts them, clicks and tips for the target under the pointer. */
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mountTestRoot, unmountTestRoot, type TestMount } from '../../shared/ui/testMount';
import { ChartSvg } from './ChartSvg';
import type { ChartHit } from './model';
import type { ChartScene, SceneText } from './scene';

const text = (over: Partial<SceneText>): SceneText => ({
  x: 10,
  y: 20,
  lines: ['一'],
  lineHeight: 18,
  size: 14,
  bold: false,
  color: '#000000',
  anchor: 'start',
  ...over,
});

const scene = (tip = '营商环境与企业服务\n17 项承诺'): ChartScene => ({
  width: 300,
  height: 100,
  lines: [{ x1: 0, y1: 0, x2: 0, y2: 100, color: '#cccccc' }],
  labels: [text({ lines: ['市级', '机构'], x: 50, y: 10 }), text({ lines: ['Companies'], x: 80, y: 40, turn: 90 })],
  targets: [
    {
      key: 'enterprise',
      hit: { kind: 'theme', themeId: 'enterprise' },
      tip,
      area: { x: 0, y: 50, width: 300, height: 50 },
      mark: { x: 100, y: 60, width: 150, height: 30, fill: '#009e73' },
      texts: [text({ lines: ['17'], x: 255, y: 75 })],
    },
  ],
});

let mount: TestMount;
beforeEach(() => {
  mount = mountTestRoot();
});
afterEach(() => unmountTestRoot(mount));

const render = (chart: ChartScene, onHit?: (hit: ChartHit) => void) =>
  act(() => mount.root.render(<ChartSvg scene={chart} label="各主题承诺数条形图" onHit={onHit} />));
const mark = () => mount.container.querySelector('.chart-svg__mark')!;
const tip = () => mount.container.querySelector('.chart-tip');
const fire = (target: Element, type: string) =>
  act(() => {
    target.dispatchEvent(new MouseEvent(type, { bubbles: true, clientX: 120, clientY: 70 }));
  });

describe('ChartSvg', () => {
  it('is one image named by its description, its shapes hidden from assistive technology', () => {
    render(scene());
    const svg = mount.container.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe('各主题承诺数条形图');
    expect(svg.getAttribute('viewBox')).toBe('0 0 300 100');
    expect(svg.firstElementChild?.getAttribute('aria-hidden')).toBe('true');
  });

  it('sets each line of a text one line height below the last, and turns a turned text about its anchor', () => {
    render(scene());
    const [stacked, turned] = [...mount.container.querySelectorAll('svg > g > text')];
    expect([...stacked.querySelectorAll('tspan')].map((t) => [t.textContent, t.getAttribute('y')])).toEqual([
      ['市级', '10'],
      ['机构', '28'],
    ]);
    expect(turned.getAttribute('transform')).toBe('rotate(-90 80 40)');
    expect(turned.textContent).toBe('Companies');
  });

  it('turns a click on a bar into its hit, and shows the bar’s tip beside the pointer until it leaves', () => {
    const onHit = vi.fn();
    render(scene(), onHit);
    fire(mark(), 'click');
    expect(onHit).toHaveBeenCalledWith({ kind: 'theme', themeId: 'enterprise' });
    fire(mark(), 'pointermove');
    expect(tip()?.textContent).toBe('营商环境与企业服务\n17 项承诺');
    expect(tip()?.getAttribute('aria-hidden')).toBe('true');
    // A new number while the tip is shown: the tip says it.
    render(scene('营商环境与企业服务\n5 项承诺'), onHit);
    expect(tip()?.textContent).toBe('营商环境与企业服务\n5 项承诺');
    // What leaving looks like to React: the pointer goes out of the chart to something outside it.
    act(() => {
      mark().dispatchEvent(new MouseEvent('pointerout', { bubbles: true, relatedTarget: document.body }));
    });
    expect(tip()).toBeNull();
  });

  it('ignores a click outside every target', () => {
    const onHit = vi.fn();
    render(scene(), onHit);
    fire(mount.container.querySelector('line')!, 'click');
    expect(onHit).not.toHaveBeenCalled();
  });

  it('on a slide (no hit handler) is a picture only: no pointer, no tips', () => {
    render(scene());
    expect(mount.container.querySelector('.chart-svg--live')).toBeNull();
    fire(mark(), 'pointermove');
    expect(tip()).toBeNull();
  });
});
