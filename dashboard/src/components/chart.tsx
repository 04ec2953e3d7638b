import { useEffect, useRef } from 'react';
import type { EChartsCoreOption } from 'echarts/core';

/**
 * An ECharts chart. The library loads after the view's table (its own chunk): the numbers show
 * first, the picture a moment later.
 */
export function Chart({ option, height = 320, label }: { option: EChartsCoreOption; height?: number; label: string }) {
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let disposed = false;
    let chart: { setOption(option: EChartsCoreOption, notMerge: boolean): void; resize(): void; dispose(): void } | undefined;
    const resize = () => chart?.resize();
    import('./echarts').then(({ echarts }) => {
      if (disposed || !element.current) return;
      chart = echarts.getInstanceByDom(element.current) ?? echarts.init(element.current);
      chart.setOption(option, true);
      window.addEventListener('resize', resize);
    });
    return () => {
      disposed = true;
      window.removeEventListener('resize', resize);
      chart?.dispose();
    };
  }, [option]);
  return <div ref={element} className="chart" style={{ height }} role="img" aria-label={label} />;
}
