import { useLayoutEffect, useState } from 'react';
import { Group } from '@visx/group';
import { PatternLines } from '@visx/pattern';
import { scaleLinear } from '@visx/scale';
import { Bar, Line } from '@visx/shape';
import { Text } from '@visx/text';
import { useContainerWidth } from '../hooks/useContainerWidth';

export interface ChartCategory {
  key: string;
  label: string;
  /** Marks the category in words beside its label, such as the current phase. */
  note?: string;
}

export interface ChartSeries {
  key: string;
  /** Written beside every bar of the series, so colour is never the only cue. */
  label: string;
  /** One per category; null draws no bar and says so. */
  values: (number | null)[];
}

export interface BarChartProps {
  id: string;
  /** The chart's accessible name. */
  label: string;
  /** The id of the sentence that sums the chart up. */
  describedBy: string;
  /** Says where the figures are for those who cannot see the chart: the table below. */
  hint: string;
  categories: readonly ChartCategory[];
  series: readonly ChartSeries[];
  formatValue: (value: number) => string;
  /** What a missing value says ("geen"). */
  noValue: string;
  /** The end of the scale; by default the largest value. */
  max?: number;
  /** A line across the bars, such as the year's budget. */
  reference?: { value: number; label: string };
}

/** The design tokens the charts draw with, read from the theme on the page. */
const TOKENS = {
  text: '--planbord-color-text',
  muted: '--planbord-color-text-muted',
  border: '--planbord-color-border-strong',
  first: '--planbord-color-primary',
  second: '--planbord-color-warning',
  secondBackground: '--planbord-color-warning-subtle',
  marked: '--planbord-color-ok',
} as const;
type Colours = Record<keyof typeof TOKENS, string>;

function readColours(element: HTMLElement): Colours {
  const style = getComputedStyle(element);
  return Object.fromEntries(
    Object.entries(TOKENS).map(([name, token]) => [name, style.getPropertyValue(token).trim() || 'currentColor']),
  ) as Colours;
}

const FONT = 14;
const LINE = 18;
const BAR = 18;
const BAR_GAP = 4;
const ROW_GAP = 14;
/** A rough width of one character of the chart's font, to wrap labels and leave room for the values. */
const CHAR = FONT * 0.56;

/** Breaks a label into lines that fit the width, at spaces; a word longer than a line keeps its own line. */
export function wrapLabel(text: string, width: number): string[] {
  const perLine = Math.max(8, Math.floor(width / CHAR));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && (line + ' ' + word).length > perLine) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

/**
 * Horizontal bars, one row per category with its label above the bars, each bar labelled with its value (and its
 * series' name when there are two), the second series hatched: readable at 320 px and in black-and-white print.
 * The drawing scales with its box (`viewBox`), so the printed page gets it at the page's width.
 */
export function BarChart({
  id,
  label,
  describedBy,
  hint,
  categories,
  series,
  formatValue,
  noValue,
  max,
  reference,
}: BarChartProps) {
  const [ref, measured] = useContainerWidth<HTMLDivElement>();
  const [colours, setColours] = useState<Colours | null>(null);
  useLayoutEffect(() => {
    if (ref.current) setColours(readColours(ref.current));
  }, [ref]);
  const width = measured || 600;
  const named = series.length > 1;
  const valueText = (s: ChartSeries, value: number | null) => {
    const text = value == null ? noValue : formatValue(value);
    return named ? `${text} ${s.label}` : text;
  };
  const longestValue = Math.max(
    ...series.flatMap((s) => s.values.map((v) => valueText(s, v).length)),
    reference ? reference.label.length : 0,
  );
  const valueRoom = Math.min(width * 0.45, longestValue * CHAR + 12);
  const largest = Math.max(max ?? 0, reference?.value ?? 0, ...series.flatMap((s) => s.values.map((v) => v ?? 0)));
  const x = scaleLinear<number>({ domain: [0, largest || 1], range: [0, Math.max(40, width - valueRoom)] });

  const rows = categories.map((category) => {
    const text = category.note ? `${category.label} (${category.note})` : category.label;
    const lines = wrapLabel(text, width);
    return { category, lines, height: lines.length * LINE + series.length * (BAR + BAR_GAP) + ROW_GAP };
  });
  const top = reference ? LINE + 4 : 0;
  const height = top + rows.reduce((total, row) => total + row.height, 0);
  const fillOf = (index: number) => (index === 0 ? colours?.first : `url(#${id}-hatch)`);
  let offset = top;

  return (
    <div ref={ref} className="planbord-chart">
      <svg
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${describedBy} ${id}-desc`}
        tabIndex={0}
        className="planbord-chart__svg planbord-focusable"
        width="100%"
        viewBox={`0 0 ${width} ${height}`}
        preserveAspectRatio="xMinYMin meet"
        data-chart={id}
      >
        <title id={`${id}-title`}>{label}</title>
        <desc id={`${id}-desc`}>{hint}</desc>
        <defs>
          <PatternLines
            id={`${id}-hatch`}
            width={8}
            height={8}
            stroke={colours?.second}
            background={colours?.secondBackground}
            strokeWidth={2}
            orientation={['diagonal']}
          />
        </defs>
        {rows.map(({ category, lines, height: rowHeight }) => {
          const y = offset;
          offset += rowHeight;
          return (
            <Group key={category.key} top={y}>
              {lines.map((line, i) => (
                <Text
                  key={i}
                  x={0}
                  y={i * LINE}
                  verticalAnchor="start"
                  fontSize={FONT}
                  fontWeight={category.note ? 700 : 400}
                  fill={colours?.text}
                >
                  {line}
                </Text>
              ))}
              {series.map((s, index) => {
                const value = s.values[categories.indexOf(category)];
                const barY = lines.length * LINE + index * (BAR + BAR_GAP);
                const length = value == null ? 0 : Math.max(value > 0 ? 2 : 0, x(value));
                return (
                  <Group key={s.key}>
                    <Bar
                      x={0}
                      y={barY}
                      width={length}
                      height={BAR}
                      fill={fillOf(index)}
                      stroke={index === 0 ? undefined : colours?.second}
                      strokeWidth={index === 0 ? 0 : 1}
                    />
                    {category.note && index === 0 ? (
                      <Bar
                        x={0}
                        y={barY - 2}
                        width={Math.max(length, 4)}
                        height={BAR + 4}
                        fill="none"
                        stroke={colours?.marked}
                        strokeWidth={3}
                      />
                    ) : null}
                    <Text
                      x={length + 6}
                      y={barY + BAR / 2}
                      verticalAnchor="middle"
                      fontSize={FONT}
                      fill={colours?.text}
                    >
                      {valueText(s, value)}
                    </Text>
                  </Group>
                );
              })}
            </Group>
          );
        })}
        {reference ? (
          <Group>
            <Line
              from={{ x: x(reference.value), y: top - 2 }}
              to={{ x: x(reference.value), y: height - ROW_GAP }}
              stroke={colours?.border}
              strokeWidth={2}
              strokeDasharray="6 4"
            />
            <Text
              x={Math.min(x(reference.value), width - reference.label.length * CHAR)}
              y={0}
              verticalAnchor="start"
              fontSize={FONT}
              fill={colours?.muted}
            >
              {reference.label}
            </Text>
          </Group>
        ) : null}
      </svg>
    </div>
  );
}

/** What each series looks like, in words and with the same fill: solid for the first, hatched for the second. */
export function ChartLegend({ series }: { series: readonly { key: string; label: string }[] }) {
  if (series.length < 2) return null;
  return (
    <ul className="planbord-chart-legend">
      {series.map((s, index) => (
        <li key={s.key} className="planbord-chart-legend__item">
          <span
            className={`planbord-chart-legend__swatch planbord-chart-legend__swatch--${index === 0 ? 'solid' : 'hatched'}`}
            aria-hidden="true"
          />
          {s.label}
        </li>
      ))}
    </ul>
  );
}
