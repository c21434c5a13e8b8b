package main

import (
	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/agreement"
	"github.com/bilateral-go/bilateral/focusarea"
	"github.com/bilateral-go/bilateral/milestone"
)

// text is shorthand for the plain English texts of this document.
func text(s string) bilateral.Text { return bilateral.PlainText(s) }

func texts(ss ...string) []bilateral.Text {
	out := make([]bilateral.Text, len(ss))
	for i, s := range ss {
		out[i] = text(s)
	}
	return out
}

// priorities are the cells of one row of "Focus Area | U.S. Priorities |
// Mexico's Objectives".
func priorities(us, mx string) []focusarea.Priority {
	return []focusarea.Priority{
		{Party: "US", Statements: texts(us)},
		{Party: "MX", Statements: texts(mx)},
	}
}

// seedAgreement is the article "Trump and Sheinbaum Forge Path Toward
// Renewed U.S.-Mexico Dialog" as an agreement: its four tables, its bullet
// lists, its two representatives, the meeting in Washington and the two
// invitations to visit.
//
// The article gives no dates. The term runs over the quarters of its
// milestone table, every plan starts with the term, and the Washington
// meeting is dated 2024-06-14, in the quarter before the first milestone.
func seedAgreement() *agreement.Agreement {
	start := bilateral.MustParseQuarter("2024-Q3")
	meeting := bilateral.MustParseDate("2024-06-14")
	return &agreement.Agreement{
		ID:    "us-mexico-renewed-dialogue",
		Kind:  agreement.JointDeclaration,
		Title: text("Renewed U.S.-Mexico Dialogue"),
		Summary: text("Former U.S. President Donald Trump and Mexico City Mayor Claudia Sheinbaum met in " +
			"Washington, D.C., and invited each other to visit their jurisdictions, opening a pragmatic " +
			"dialogue on economic collaboration, public safety and environmental sustainability."),
		Status: agreement.Negotiating,
		History: []agreement.Step{
			{Status: agreement.Negotiating, Date: meeting, Note: text("The Washington dialogue.")},
		},
		Parties: []agreement.Party{
			{
				Code: "US", Name: text("United States"), Kind: agreement.State,
				FiscalCalendar: bilateral.USFederal,
				Representatives: []agreement.Representative{
					{Name: "Donald Trump", Role: text("Former President of the United States")},
				},
			},
			{
				Code: "MX", Name: text("Mexico"), Kind: agreement.State,
				FiscalCalendar: bilateral.CalendarYear,
				Representatives: []agreement.Representative{
					{Name: "Claudia Sheinbaum", Role: text("Mayor of Mexico City")},
				},
			},
		},
		Term: agreement.Term{Start: start, End: bilateral.MustParseQuarter("2025-Q2")},
		FocusAreas: []focusarea.Area{
			{
				Key: focusarea.Trade,
				Actions: texts(
					"Review of tariffs and joint economic forums",
					"Boosting cross-border trade initiatives with an emphasis on reducing tariffs and streamlining customs.",
					"Trade Facilitation: Commitment to easing tariff restrictions and improving customs efficiency.",
					"Trade and Infrastructure: Modernizing customs operations to minimize delays and improve supply chain fluidity.",
					"Streamlining trade processes by simplifying customs procedures and bolstering supply chain resilience.",
				),
				Benefits: []focusarea.Benefit{{
					Description: text("Projected 15% increase in bilateral trade volume"),
					Indicator: &focusarea.Indicator{
						Metric: text("Bilateral trade volume"), Direction: focusarea.Increase,
						Value: 15, Unit: focusarea.Percent,
					},
				}},
			},
			{
				Key: focusarea.Security,
				Actions: texts(
					"Enhanced intelligence sharing and border patrol coordination",
					"Strengthening cooperative security measures to tackle organized crime and enhance citizen safety.",
					"Security Partnership: Coordinated efforts to combat organized crime and secure border regions.",
					"Security Cooperation: Joint initiatives to dismantle trafficking networks and reduce organized crime.",
					"Enhancing intelligence-sharing mechanisms to effectively combat cross-border organized crime and narcotics trafficking.",
				),
				Benefits: []focusarea.Benefit{{
					Description: text("Decrease in cross-border criminal activities"),
					Indicator: &focusarea.Indicator{
						Metric: text("Cross-border criminal activities"), Direction: focusarea.Decrease,
					},
				}},
			},
			{
				Key: focusarea.Environment,
				Actions: texts(
					"Collaborative urban greening and pollution reduction programs",
					"Collaborating on environmental projects aimed at sustainable urban growth and climate adaptation.",
				),
				Benefits: []focusarea.Benefit{{
					Description: text("Better air quality and improved public health outcomes"),
					Indicator: &focusarea.Indicator{
						Metric: text("Air quality"), Direction: focusarea.Increase,
					},
				}},
			},
			{
				Key: focusarea.Energy,
				Actions: texts(
					"Energy Collaboration: Development of joint renewable energy projects to ensure energy security.",
					"Investing in green technology to promote sustainable economic development and address climate change.",
				),
			},
			{
				Key: focusarea.Culture,
				Actions: texts(
					"Cultural and Educational Exchange: Programs designed to foster mutual understanding and cooperation.",
				),
			},
			{
				Key: focusarea.Cybersecurity,
				Actions: texts(
					"Launching joint cybersecurity programs to defend critical infrastructure against evolving digital threats.",
				),
			},
			{
				Key: focusarea.BorderManagement, Title: text("Border Management"),
				Priorities: priorities(
					"Strengthened security and reduced unauthorized crossings",
					"Facilitation of legal trade and protection of migrants",
				),
			},
			{
				Key: focusarea.EconomicGrowth, Title: text("Economic Growth"),
				Actions: texts(
					"Infrastructure modernization and technological advancements to support job growth and efficient supply chains",
				),
				Priorities: priorities(
					"Attracting investments and creating jobs",
					"Upgrading infrastructure and expanding trade",
				),
			},
			{
				// The article's third table names this row apart from the
				// environment of its first, so it is an area of its own,
				// outside the vocabulary.
				Key: "environmental-cooperation", Title: text("Environmental Cooperation"),
				Actions: texts(
					"Environmental Stewardship: Coordinated efforts to tackle pollution and manage water resources sustainably in border areas.",
				),
				Priorities: priorities(
					"Pollution mitigation and climate resilience",
					"Water conservation and sustainable urban planning",
				),
			},
			{
				Key:     focusarea.Immigration,
				Actions: texts("Cooperation on immigration reform"),
			},
		},
		Commitments: []agreement.Commitment{
			{
				ID: "trade-barriers", Area: focusarea.Trade, Summary: text("Reduction of trade barriers"),
				Implementation: agreement.Implementation{
					Mechanism: agreement.ReviewSession, Description: text("Establishment of quarterly review sessions"),
					Cadence: agreement.Quarterly, Start: start, Venue: agreement.Alternating,
				},
			},
			{
				ID: "renewable-energy", Area: focusarea.Energy, Summary: text("Renewable energy initiatives"),
				Implementation: agreement.Implementation{
					Mechanism: agreement.TaskForce, Description: text("Formation of a bilateral task force"),
					Cadence: agreement.AsNeeded, Start: start,
				},
			},
			{
				ID: "border-security", Area: focusarea.Security, Summary: text("Border security cooperation"),
				Implementation: agreement.Implementation{
					Mechanism: agreement.Protocol, Description: text("Implementation of shared intelligence protocols"),
					Cadence: agreement.Once, Start: start,
				},
			},
			{
				ID: "cultural-exchange", Area: focusarea.Culture, Summary: text("Educational and cultural exchanges"),
				Implementation: agreement.Implementation{
					Mechanism: agreement.Summit, Description: text("Annual cultural and academic summits"),
					Cadence: agreement.Annual, Start: start, Venue: agreement.Alternating,
				},
			},
		},
		Milestones: []milestone.Milestone{
			{
				ID: "trade-policy-harmonization", Quarter: start, Area: focusarea.Trade,
				Title:           text("Trade Policy Harmonization"),
				ExpectedResults: texts("Lower tariffs and expedited border logistics"),
				Commitment:      "trade-barriers",
			},
			{
				ID: "cybersecurity-collaboration", Quarter: bilateral.MustParseQuarter("2024-Q4"), Area: focusarea.Cybersecurity,
				Title:           text("Cybersecurity Collaboration"),
				ExpectedResults: texts("Integrated threat intelligence sharing platform operational"),
			},
			{
				ID: "sustainable-energy-initiatives", Quarter: bilateral.MustParseQuarter("2025-Q1"), Area: focusarea.Energy,
				Title:           text("Sustainable Energy Initiatives"),
				ExpectedResults: texts("Launch of binational renewable energy pilot projects"),
				Commitment:      "renewable-energy",
			},
			{
				ID: "security-cooperation", Quarter: bilateral.MustParseQuarter("2025-Q2"), Area: focusarea.Security,
				Title:           text("Security Cooperation"),
				ExpectedResults: texts("Expanded joint operations targeting organized crime"),
				Commitment:      "border-security",
			},
		},
		Engagements: []agreement.Engagement{
			{
				ID: "washington-meeting", Kind: agreement.Meeting, Host: "US",
				Place: text("Washington, D.C."), Status: agreement.EngagementHeld, Date: meeting,
			},
			{
				ID: "visit-to-the-united-states", Kind: agreement.Visit, Host: "US",
				Place: text("United States"), Status: agreement.EngagementInvited,
			},
			{
				ID: "visit-to-mexico-city", Kind: agreement.Visit, Host: "MX",
				Place: text("Mexico City"), Status: agreement.EngagementInvited,
			},
		},
	}
}
