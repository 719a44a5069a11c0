import { Paper, SimpleGrid, type PaperProps, type SimpleGridProps } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A list shown as cards (the phone-width form of the app's tables): a real list, so screen
 * readers say how many items there are, without bullets or indent.
 */
export function CardList({
  label,
  cols = 1,
  spacing = 'xs',
  children,
}: {
  label: string;
  cols?: SimpleGridProps['cols'];
  spacing?: SimpleGridProps['spacing'];
  children: ReactNode;
}) {
  return (
    <SimpleGrid
      component="ul"
      cols={cols}
      spacing={spacing}
      p={0}
      m={0}
      style={{ listStyle: 'none' }}
      aria-label={label}
    >
      {children}
    </SimpleGrid>
  );
}

/** One card of a CardList; long words wrap inside it instead of widening the grid. */
export function CardItem({
  p = 'sm',
  children,
  ...rest
}: PaperProps & { children: ReactNode; [data: `data-${string}`]: string | undefined }) {
  return (
    <Paper component="li" withBorder p={p} miw={0} {...rest}>
      {children}
    </Paper>
  );
}
