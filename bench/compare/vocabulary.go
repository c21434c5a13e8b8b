package compare

// A vocabulary is what the milestones of a focus area are about: topics,
// which give their titles and ids, and the results they expect.
type vocabulary struct {
	topics  []string
	results []string
}

// vocabularyOf returns the vocabulary of the focus area with the given
// key; a general one for keys it does not know.
func vocabularyOf(key string) vocabulary {
	if v, ok := vocabularies[key]; ok {
		return v
	}
	return general
}

var general = vocabulary{
	topics: []string{"Joint Working Group Review", "Progress Report", "Expert Exchange", "Pilot Programme"},
	results: []string{
		"Joint report adopted by both parties",
		"Action plan for the next year agreed",
		"Pilot programme launched in two regions",
		"Shared indicators published",
	},
}

var vocabularies = map[string]vocabulary{
	"trade": {
		topics: []string{"Customs Data Exchange", "Tariff Schedule Review", "Single Window Pilot", "Rules of Origin Alignment", "Trusted Trader Recognition"},
		results: []string{
			"Average border clearance time cut by a fifth",
			"Harmonized tariff lines for agricultural goods",
			"Electronic certificates of origin accepted at every port of entry",
			"Mutual recognition of authorized economic operators",
			"Joint trade statistics published every quarter",
		},
	},
	"security": {
		topics: []string{"Intelligence Sharing Protocol", "Joint Task Force Operations", "Firearms Trafficking Review", "Port Security Assessment"},
		results: []string{
			"Shared case-management system in use by both agencies",
			"Joint operations against trafficking networks completed",
			"Seizures of illegal firearms reported monthly",
			"Common risk indicators adopted at border crossings",
		},
	},
	"environment": {
		topics: []string{"Urban Greening Programme", "Air Quality Monitoring", "Watershed Restoration", "Waste Reduction Plan"},
		results: []string{
			"Air quality stations reporting to a shared dashboard",
			"Tree cover increased in participating districts",
			"Restoration plan adopted for the shared watershed",
			"Landfill waste reduced in pilot municipalities",
		},
	},
	"energy": {
		topics: []string{"Renewable Energy Pilot", "Grid Interconnection Study", "Energy Efficiency Standards", "Clean Hydrogen Roadmap"},
		results: []string{
			"Binational solar pilot connected to the grid",
			"Feasibility study of new interconnections published",
			"Common efficiency labels for household appliances",
			"Investment plan for clean hydrogen agreed",
		},
	},
	"culture": {
		topics: []string{"Student Exchange Programme", "Museum Partnership", "Language Teacher Exchange", "Heritage Conservation Project"},
		results: []string{
			"Exchange places offered to university students",
			"Travelling exhibition shown in both capitals",
			"Language teachers placed in partner schools",
			"Conservation plan for shared heritage sites adopted",
		},
	},
	"cybersecurity": {
		topics: []string{"Incident Response Exercise", "Threat Intelligence Platform", "Critical Infrastructure Audit", "Cyber Skills Programme"},
		results: []string{
			"Joint incident response exercise held",
			"Threat intelligence platform connected to both national teams",
			"Audit of critical infrastructure operators completed",
			"Cybersecurity professionals trained",
		},
	},
	"border-management": {
		topics: []string{"Crossing Modernization", "Migrant Protection Protocol", "Joint Border Patrol Review", "Pre-clearance Pilot"},
		results: []string{
			"Waiting times at the busiest crossings reduced",
			"Protocol for the protection of migrants in transit signed",
			"Coordinated patrol schedules in force",
			"Pre-clearance lanes opened for commercial traffic",
		},
	},
	"economic-growth": {
		topics: []string{"Infrastructure Investment Fund", "Supply Chain Resilience Study", "Small Business Export Programme", "Technology Park Partnership"},
		results: []string{
			"Investment fund capitalized by both parties",
			"Critical supply chains mapped and published",
			"Small businesses trained to export",
			"Jobs created in joint technology parks",
		},
	},
	"environmental-cooperation": {
		topics: []string{"Water Conservation Plan", "Pollution Mitigation Programme", "Climate Resilience Assessment", "Sustainable Urban Planning Exchange"},
		results: []string{
			"Water savings measured in border communities",
			"Industrial emissions monitored along the border",
			"Climate risk assessment published for border cities",
			"Urban planning guidelines shared between city governments",
		},
	},
	"immigration": {
		topics: []string{"Visa Processing Review", "Labour Mobility Pilot", "Consular Cooperation Plan", "Reintegration Programme"},
		results: []string{
			"Visa processing times reduced",
			"Temporary work permits issued under the pilot",
			"Joint consular services opened",
			"Returning migrants enrolled in reintegration programmes",
		},
	},
}
