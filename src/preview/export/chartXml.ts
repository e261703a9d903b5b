/**
 * The Compare sheet's charts as DrawingML: one drawing part per sheet that has charts (each
 * chart anchored over the plan's cell range) and one chart part per chart. A series refers to
 * the sheet's cells (category and value ranges, as the plan gives them) without cached points:
 * Excel reads the cells when it opens the file. Element order follows the chart schema
 * (CT_ChartSpace, CT_BarChart, CT_CatAx, CT_ValAx), which Excel checks.
 */
import { parseCellAddress } from "../../workbook/a1";
import type { PlanChart } from "../../workbook/plan";
import { XML_DECLARATION, element, escapeText } from "./xml";

const CHART_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const DRAWING_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";
const SHEET_DRAWING_NS = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
/**
 * Series colours, explicit because the package has no theme part for the chart's default
 * (theme accent) colours to come from: Office's accent 1 to 4.
 */
const SERIES_COLOURS = ["4472C4", "ED7D31", "A5A5A5", "FFC000"];
const GRIDLINE_COLOUR = "D9D9D9";
/** Axis ids only need to be unique within a chart. */
const CATEGORY_AXIS = 500000001;
const VALUE_AXIS = 500000002;

const val = (name: string, value: string | number): string => element(name, { val: value });

/** A title in rich text, as Excel writes one. */
function title(text: string): string {
  const paragraph = element("a:p", {}, element("a:r", {}, element("a:t", {}, escapeText(text))));
  return element(
    "c:title",
    {},
    element("c:tx", {}, element("c:rich", {}, "<a:bodyPr/><a:lstStyle/>" + paragraph)) +
      val("c:overlay", 0)
  );
}

const solid = (colour: string): string =>
  element("a:solidFill", {}, element("a:srgbClr", { val: colour }));

/** A bar's fill, or a line's stroke (28575 EMU: 2.25 points, Excel's default line). */
function seriesShape(chart: PlanChart, index: number): string {
  const colour = SERIES_COLOURS[index % SERIES_COLOURS.length] as string;
  const shape =
    chart.type === "Line" ? element("a:ln", { w: 28575 }, solid(colour)) : solid(colour);
  return element("c:spPr", {}, shape);
}

function series(chart: PlanChart): string {
  return chart.series
    .map((s, i) =>
      element(
        "c:ser",
        {},
        val("c:idx", i) +
          val("c:order", i) +
          element("c:tx", {}, element("c:v", {}, escapeText(s.name))) +
          seriesShape(chart, i) +
          (chart.type === "Line"
            ? element("c:marker", {}, val("c:symbol", "none"))
            : val("c:invertIfNegative", 0)) +
          element(
            "c:cat",
            {},
            element("c:strRef", {}, element("c:f", {}, escapeText(chart.categories)))
          ) +
          element("c:val", {}, element("c:numRef", {}, element("c:f", {}, escapeText(s.values)))) +
          (chart.type === "Line" ? val("c:smooth", 0) : "")
      )
    )
    .join("");
}

function plotOf(chart: PlanChart): string {
  const axes = val("c:axId", CATEGORY_AXIS) + val("c:axId", VALUE_AXIS);
  if (chart.type === "Line") {
    return element(
      "c:lineChart",
      {},
      val("c:grouping", "standard") +
        val("c:varyColors", 0) +
        series(chart) +
        val("c:marker", 1) +
        axes
    );
  }
  return element(
    "c:barChart",
    {},
    val("c:barDir", chart.type === "BarClustered" ? "bar" : "col") +
      val("c:grouping", "clustered") +
      val("c:varyColors", 0) +
      series(chart) +
      val("c:gapWidth", 150) +
      axes
  );
}

function axes(chart: PlanChart): string {
  // A bar chart lays categories along the left and values along the bottom.
  const horizontal = chart.type === "BarClustered";
  const category = element(
    "c:catAx",
    {},
    val("c:axId", CATEGORY_AXIS) +
      element("c:scaling", {}, val("c:orientation", "minMax")) +
      val("c:delete", 0) +
      val("c:axPos", horizontal ? "l" : "b") +
      element("c:numFmt", { formatCode: "General", sourceLinked: 0 }) +
      val("c:tickLblPos", "low") +
      val("c:crossAx", VALUE_AXIS) +
      val("c:crosses", "autoZero") +
      val("c:auto", 1) +
      val("c:lblAlgn", "ctr") +
      val("c:lblOffset", 100) +
      val("c:noMultiLvlLbl", 0)
  );
  const value = element(
    "c:valAx",
    {},
    val("c:axId", VALUE_AXIS) +
      element("c:scaling", {}, val("c:orientation", "minMax")) +
      val("c:delete", 0) +
      val("c:axPos", horizontal ? "b" : "l") +
      element(
        "c:majorGridlines",
        {},
        element("c:spPr", {}, element("a:ln", {}, solid(GRIDLINE_COLOUR)))
      ) +
      title(chart.valueAxisTitle) +
      element("c:numFmt", { formatCode: chart.valueFormat ?? "General", sourceLinked: 0 }) +
      val("c:tickLblPos", "nextTo") +
      val("c:crossAx", CATEGORY_AXIS) +
      val("c:crosses", "autoZero") +
      val("c:crossBetween", "between")
  );
  return category + value;
}

/** A chart part (xl/charts/chartN.xml). */
export function chartXml(chart: PlanChart): string {
  return (
    XML_DECLARATION +
    element(
      "c:chartSpace",
      { "xmlns:c": CHART_NS, "xmlns:a": DRAWING_NS, "xmlns:r": RELATIONSHIPS_NS },
      val("c:roundedCorners", 0) +
        element(
          "c:chart",
          {},
          title(chart.title) +
            val("c:autoTitleDeleted", 0) +
            element("c:plotArea", {}, "<c:layout/>" + plotOf(chart) + axes(chart)) +
            element("c:legend", {}, val("c:legendPos", "b") + val("c:overlay", 0)) +
            val("c:plotVisOnly", 1) +
            val("c:dispBlanksAs", "gap")
        )
    )
  );
}

/** Where a cell corner is: 0-based column and row, no offset. */
function marker(tag: string, row: number, column: number): string {
  return element(
    tag,
    {},
    element("xdr:col", {}, String(column)) +
      element("xdr:colOff", {}, "0") +
      element("xdr:row", {}, String(row)) +
      element("xdr:rowOff", {}, "0")
  );
}

/**
 * A drawing part (xl/drawings/drawingN.xml) holding the sheet's charts; `chartIds` are the
 * drawing's relationship ids of the chart parts, in the same order.
 */
export function drawingXml(charts: readonly PlanChart[], chartIds: readonly string[]): string {
  const anchors = charts.map((chart, i) => {
    const [first = "", last = first] = chart.position.split(":");
    const from = parseCellAddress(first);
    const to = parseCellAddress(last);
    const frame = element(
      "xdr:graphicFrame",
      { macro: "" },
      element(
        "xdr:nvGraphicFramePr",
        {},
        element("xdr:cNvPr", { id: i + 2, name: chart.name }) + "<xdr:cNvGraphicFramePr/>"
      ) +
        element("xdr:xfrm", {}, '<a:off x="0" y="0"/><a:ext cx="0" cy="0"/>') +
        element(
          "a:graphic",
          {},
          element(
            "a:graphicData",
            { uri: CHART_NS },
            element("c:chart", {
              "xmlns:c": CHART_NS,
              "xmlns:r": RELATIONSHIPS_NS,
              "r:id": chartIds[i],
            })
          )
        )
    );
    // The anchor's "to" corner is the cell after the range's last one.
    return element(
      "xdr:twoCellAnchor",
      { editAs: "oneCell" },
      marker("xdr:from", from.row, from.column) +
        marker("xdr:to", to.row + 1, to.column + 1) +
        frame +
        "<xdr:clientData/>"
    );
  });
  return (
    XML_DECLARATION +
    element("xdr:wsDr", { "xmlns:xdr": SHEET_DRAWING_NS, "xmlns:a": DRAWING_NS }, anchors.join(""))
  );
}
