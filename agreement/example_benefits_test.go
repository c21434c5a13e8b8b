package agreement_test

import (
	"fmt"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/agreement"
	"github.com/bilateral-go/bilateral/focusarea"
)

// A benefit measured against its promise: trade was 100 in 2024-Q2, 15
// percent more is promised by 2025-Q2, and 106 was observed in 2024-Q4. As
// of 2025-Q1 the change is 6 percent, 40% of the promise, when 75% of it is
// due: the benefit is not on track.
func ExampleBenefitProgress() {
	a := tradeTarget()
	b := a.Progress(bilateral.MustParseQuarter("2025-Q1")).Benefits[0]
	fmt.Printf("%s: %g%% since %s, latest %g in %s\n", b.Indicator.Metric, b.Change,
		b.Indicator.Baseline.Quarter, b.Latest.Value, b.Latest.Quarter)
	fmt.Printf("achieved %.2f, expected %.2f by now, on track: %v\n", b.Achieved, b.Expected, b.OnTrack)
	// Output:
	// Bilateral trade volume: 6% since 2024-Q2, latest 106 in 2024-Q4
	// achieved 0.40, expected 0.75 by now, on track: false
}

// TableIn writes the report in Spanish: its words, the statuses, the fiscal
// labels and the titles of the built-in focus areas. The metric, which the
// document gives in English only, stays in English.
func ExampleProgress_TableIn() {
	a := tradeTarget()
	fmt.Print(a.Progress(bilateral.MustParseQuarter("2025-Q1")).TableIn("es-MX"))
	// Output:
	// Avance al 2025-Q1 (US AF2025 T2, MX AF2025 T1)
	//
	//   ÁREA             HITOS  ATRASADOS  BLOQUEADOS  REPROGRAMADOS  CUMPLIDOS DE VENCIDOS
	//   Todas las áreas  0      0          0           0              -
	//
	// Atrasados: no hay
	//
	// Vencen este trimestre: no hay
	//
	// Próximos del 2025-Q2 al 2026-Q1: no hay
	//
	// Bloqueados: no hay
	//
	// Reprogramados: no hay
	//
	// Sesiones del 2025-Q1 al 2025-Q4: no hay
	//
	// Beneficios
	//   ÁREA      INDICADOR                                      LÍNEA DE BASE  META               ÚLTIMO         CAMBIO  LOGRADO  ESPERADO  EN CAMINO
	//   Comercio  Bilateral trade volume (billion U.S. dollars)  100 (2024-Q2)  +15% para 2025-Q2  106 (2024-Q4)  +6%     40%      75%       no
}

// BenefitChart draws a benefit's planned line, from the baseline to the
// promised level, and the levels observed, as a Mermaid xychart.
func ExampleAgreement_BenefitChart() {
	a := tradeTarget()
	chart, _ := a.BenefitChart(bilateral.MustParseQuarter("2025-Q1"), focusarea.Trade, 0)
	fmt.Print(chart)
	// Output:
	// xychart-beta
	//     title "Bilateral trade volume, as of 2025-Q1"
	//     x-axis ["2024-Q2", "2024-Q3", "2024-Q4", "2025-Q1", "2025-Q2"]
	//     y-axis "billion U.S. dollars"
	//     line "Planned" [100, 103.75, 107.5, 111.25, 115]
	//     line "Observed" [100, 100, 106, 106, 106]
}

// BenefitChartIn writes the chart's words in French.
func ExampleAgreement_BenefitChartIn() {
	a := tradeTarget()
	chart, _ := a.BenefitChartIn(bilateral.MustParseQuarter("2025-Q1"), focusarea.Trade, 0, "fr")
	fmt.Print(chart)
	// Output:
	// xychart-beta
	//     title "Bilateral trade volume, au 2025-Q1"
	//     x-axis ["2024-Q2", "2024-Q3", "2024-Q4", "2025-Q1", "2025-Q2"]
	//     y-axis "billion U.S. dollars"
	//     line "Prévu" [100, 103.75, 107.5, 111.25, 115]
	//     line "Observé" [100, 100, 106, 106, 106]
}

// GanttIn writes the chart's words and statuses in Spanish, and the titles
// in Spanish where the document has them.
func ExampleAgreement_GanttIn() {
	a := waterAgreement()
	a.Milestones[1].Title = bilateral.Translated(map[string]string{"en": "Shared flow forecasts", "es": "Pronósticos de caudal compartidos"})
	fmt.Print(a.GanttIn(bilateral.MustParseQuarter("2026-Q1"), "es"))
	// Output:
	// gantt
	//     title Water sharing on the Rio Grande, al 2026-Q1
	//     dateFormat YYYY-MM-DD
	//     axisFormat %Y-%m
	//     todayMarker off
	//     section Agua
	//     Joint gauging stations (cumplido): done, m-joint-gauging, 2025-07-01, 2025-10-01
	//     Pronósticos de caudal compartidos (atrasado): crit, m-shared-forecasts, 2025-10-01, 2026-01-01
}

func ExampleReportLanguages() {
	fmt.Println(agreement.ReportLanguages())
	// Output: [en es fr]
}
