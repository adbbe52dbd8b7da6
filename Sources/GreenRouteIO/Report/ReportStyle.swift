/// The page's one inline style sheet: system fonts only, no external resources; print rules
/// put every route sheet on its own page.
enum ReportStyle {
    static let css = """
    :root { --ink:#1d2733; --muted:#5b6776; --line:#dde3ea; --panel:#f6f8fa; --green:#2e9e44; --bad:#b42318; }
    * { box-sizing: border-box; }
    body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Liberation Sans", sans-serif;
           color: var(--ink); background: #eef1f4; font-size: 14px; line-height: 1.4; }
    main { max-width: 1200px; margin: 0 auto; padding: 24px 28px 40px; background: #fff; min-height: 100vh; }
    h1 { font-size: 24px; margin: 0 0 4px; }
    h2 { font-size: 17px; margin: 28px 0 10px; padding-bottom: 4px; border-bottom: 2px solid var(--line); }
    h3 { font-size: 15px; margin: 16px 0 6px; }
    small, .muted { color: var(--muted); font-weight: normal; }
    .page-header { display: flex; justify-content: space-between; align-items: flex-start; gap: 16px;
                   border-bottom: 4px solid var(--green); padding-bottom: 12px; }
    .subtitle { margin: 0; color: var(--muted); }
    .badge { padding: 6px 12px; border-radius: 16px; font-weight: 600; white-space: nowrap; }
    .badge.ok { background: #e3f4e6; color: #1d6b2e; }
    .badge.bad { background: #fde7e5; color: var(--bad); }
    .kpis { display: grid; grid-template-columns: repeat(7, 1fr); gap: 10px; margin: 18px 0 6px; }
    .kpi { background: var(--panel); border: 1px solid var(--line); border-radius: 8px; padding: 10px 12px; }
    .kpi-label { font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
    .kpi-value { font-size: 24px; font-weight: 700; margin: 2px 0; font-variant-numeric: tabular-nums; }
    .kpi-unit { font-size: 13px; font-weight: 600; color: var(--muted); margin-left: 4px; }
    .kpi-note { font-size: 11.5px; color: var(--muted); }
    .violations, .unassigned { border: 2px solid var(--bad); background: #fff4f2; border-radius: 8px; padding: 10px 16px; margin: 16px 0; }
    .violations h2, .unassigned h2 { color: var(--bad); border: none; margin: 0 0 6px; padding: 0; }
    .violations li, .unassigned li { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 12.5px; }
    .notes { color: var(--muted); font-size: 12.5px; margin: 8px 0 0; }
    .overview { display: grid; grid-template-columns: 680px 1fr; gap: 20px; align-items: start; }
    svg { display: block; width: 100%; height: auto; font-family: inherit; }
    .map { border: 1px solid var(--line); border-radius: 8px; }
    .map-legend { list-style: none; padding: 0; margin: 16px 0 0; font-size: 12.5px; color: var(--muted); }
    .map-legend li { display: flex; align-items: center; gap: 8px; margin: 4px 0; }
    .map-legend .symbol { width: 18px; height: 18px; display: inline-block; }
    .map-background { fill: #fbfcfd; }
    .route-line { fill: none; stroke-width: 3; stroke-linejoin: round; stroke-linecap: round; opacity: .85; }
    .customer { fill: #fff; stroke: #29333f; stroke-width: 1.6; }
    .customer.unserved { fill: #fde7e5; stroke: var(--bad); stroke-dasharray: 2 1.5; }
    .station { fill: #e3f4e6; stroke: var(--green); stroke-width: 1.6; }
    .bolt { fill: var(--green); }
    .depot { fill: #29333f; }
    .place-label { font-size: 11px; fill: #29333f; paint-order: stroke; stroke: #fff; stroke-width: 3px; }
    .depot-label { font-weight: 700; font-size: 12px; }
    .scale-bar line { stroke: #29333f; stroke-width: 2; }
    .scale-bar text { font-size: 11px; fill: #29333f; }
    table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
    th, td { text-align: left; padding: 4px 7px; border-bottom: 1px solid var(--line); vertical-align: top; }
    th { font-size: 11.5px; color: var(--muted); font-weight: 600; background: var(--panel); }
    .van-table td:nth-child(n+3), .stops td:nth-child(n+5):not(:last-child) { text-align: right; }
    .swatch { display: inline-block; width: 12px; height: 12px; border-radius: 3px; margin-right: 7px; vertical-align: -1px; }
    .legend { display: flex; gap: 16px; font-size: 12.5px; margin: 4px 0 6px 90px; }
    .legend i { display: inline-block; width: 14px; height: 10px; margin-right: 5px; border-radius: 2px; }
    .grid { stroke: #e6eaef; stroke-width: 1; }
    .tick, .axis-unit { font-size: 11px; fill: var(--muted); }
    .row-label { font-size: 12px; font-weight: 600; fill: var(--ink); }
    .row-base { stroke: #c9d1da; stroke-width: 1; }
    .charge-line { fill: none; stroke-width: 2.2; stroke-linejoin: round; }
    .reserve { stroke: var(--bad); stroke-dasharray: 5 4; stroke-width: 1.2; }
    .reserve-label { font-size: 11px; fill: var(--bad); }
    .supply { fill: none; stroke: #e39b00; stroke-width: 2.5; }
    .draw { opacity: .8; }
    .unlimited { font-size: 12px; fill: #e39b00; font-weight: 600; }
    .station-block { margin-bottom: 8px; }
    .caption { font-size: 12.5px; color: var(--muted); margin: 0 0 2px; }
    .route-sheet { margin-top: 26px; break-inside: avoid-page; }
    .route-sheet h3 { font-size: 16px; }
    .sheet-facts { margin: 0 0 8px; color: var(--muted); }
    .stops { font-size: 12.5px; }
    .stops td { white-space: nowrap; }
    .stops td:last-child { white-space: normal; }
    .stops th { vertical-align: bottom; }
    .van-table td { white-space: nowrap; }
    .van-table td:nth-child(2) { white-space: normal; }
    .van-table { font-size: 13px; }
    .stops tr.station td { background: #f1faf3; }
    .stops tr.depot td { background: #f3f5f7; }
    .flag { color: var(--bad); font-weight: 700; }
    .sheet-sign { margin-top: 14px; color: var(--muted); font-size: 12px; }
    footer { margin-top: 32px; font-size: 11.5px; color: var(--muted); border-top: 1px solid var(--line); padding-top: 8px; }
    @media print {
      body { background: #fff; font-size: 12px; }
      main { max-width: none; padding: 0; }
      .route-sheet { break-before: page; page-break-before: always; }
      h2, h3 { break-after: avoid; }
      svg { break-inside: avoid; }
      @page { size: A4 landscape; margin: 12mm; }
    }
    """
}
