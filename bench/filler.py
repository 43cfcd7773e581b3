"""News-like paragraphs that report no meeting, written for the throughput benchmark.

Economy, weather, sports, markets, science and city news, in the register of wire copy.
None of them states a meeting, and none holds a word that could trigger one
(:func:`extract.triggers.could_report_a_meeting` is false for each; ``bench/throughput.py``
checks it), so an article made of them needs no parse.
"""

from __future__ import annotations

PARAGRAPHS: tuple[str, ...] = (
    "Consumer prices rose 0.3 percent in October from the previous month, the statistics office "
    "said on Wednesday, as higher rents and a jump in fuel costs offset cheaper airfares. Core "
    "inflation, which strips out food and energy, held at 3.2 percent for a third straight month.",
    "The central bank left its benchmark rate unchanged at 4.5 percent, in line with forecasts, "
    "and signalled that borrowing costs would stay high until wage growth slows. Two of the nine "
    "members of the rate-setting committee voted for a quarter-point cut.",
    "Heavy rain is expected across the north of the country through the weekend, with up to 80 "
    "millimetres forecast in upland areas. Forecasters issued amber warnings for flooding and "
    "advised drivers to avoid low roads near rivers until Monday morning.",
    "Temperatures climbed to 41 degrees Celsius in the southern plains on Tuesday, the highest "
    "reading for September since records began in 1951. Power demand hit a seasonal peak as "
    "households ran air conditioners late into the night.",
    "Shares in Asia edged higher on Thursday, led by chipmakers, after strong quarterly results "
    "from a Taiwanese supplier lifted the technology sector. The Nikkei gained 0.8 percent and "
    "the Hang Seng added 1.1 percent, while the yen weakened slightly against the dollar.",
    "Oil prices fell for a fourth session as rising inventories in the United States and weak "
    "factory data from Europe pointed to softer demand. Brent crude settled at $78.40 a barrel, "
    "down 1.6 percent, its lowest close in six weeks.",
    "The city council approved a budget of 2.4 billion for the coming year, with extra money for "
    "bus lanes, street lighting and the repair of three bridges. Property taxes will rise by "
    "2 percent, less than the 3.5 percent first proposed in the spring.",
    "The home side won 3-1 on Saturday evening, with two goals in the last ten minutes from the "
    "substitute striker, to move four points clear at the top of the table. The away "
    "goalkeeper was sent off after a handball outside his area.",
    "The defending champion beat the fifth seed in straight sets to reach the semi-finals, "
    "serving 14 aces and saving all four break points she faced. She will face the winner of "
    "the late match between two qualifiers.",
    "The marathon record fell by 21 seconds in cool, still conditions, as the leading group "
    "broke away at the 30-kilometre mark. Around 38,000 runners finished the race, which raised "
    "an estimated 4 million for local charities.",
    "Retail sales slipped 0.4 percent in August as shoppers cut back on clothing and furniture, "
    "while spending at supermarkets was flat. Economists had expected a small rise after a "
    "warm July lifted sales of garden goods and drinks.",
    "The unemployment rate edged down to 4.1 percent in the third quarter, and the number of "
    "vacancies fell for the ninth quarter in a row. Average weekly earnings grew 5.2 percent, "
    "ahead of inflation for the sixth month running.",
    "Gold rose to a record above $2,700 an ounce as investors sought safety ahead of the "
    "election and bet on lower interest rates next year. Silver and platinum also gained, "
    "while copper slipped on concerns about demand from builders.",
    "A magnitude 5.8 earthquake struck off the eastern coast early on Friday, the geological "
    "survey said. No tsunami warning was issued, and the fire service reported minor damage to "
    "older buildings in two coastal towns but no injuries.",
    "Wildfires have burned more than 12,000 hectares of forest in the hills north of the "
    "capital since Sunday, fanned by dry winds. About 600 firefighters and eight water-bombing "
    "aircraft were deployed, and several villages were evacuated as a precaution.",
    "The national carrier reported a net profit of 1.2 billion for the first half, helped by "
    "strong demand for long-haul flights and lower fuel costs. It raised its forecast for the "
    "full year and plans to add 14 aircraft to its fleet by 2026.",
    "Car sales rose 7 percent year on year in October, as electric models took a record 24 "
    "percent share of the market. Hybrid sales grew more slowly, and sales of diesel cars fell "
    "by almost a third.",
    "The bond market rallied after the finance ministry said it would issue fewer long-dated "
    "securities in the final quarter. The yield on the ten-year note fell 12 basis points to "
    "3.9 percent, its biggest one-day drop since March.",
    "Scientists at the university have mapped the genome of a wheat variety that tolerates "
    "drought, a step they say could raise yields in dry regions within a decade. The work, "
    "published in a leading journal, took five years and involved 40 researchers.",
    "The space agency postponed the launch of its weather satellite by 24 hours because of "
    "high winds at the coastal site. Engineers said the rocket and its payload were in good "
    "condition and that the next window opens at dawn on Thursday.",
    "House prices fell 1.1 percent in the year to September, the first annual decline in more "
    "than a decade, as higher mortgage rates weighed on demand. Prices in the capital dropped "
    "3 percent, while some northern cities still saw modest gains.",
    "The cycling team confirmed that its leader will race the spring classics before turning "
    "to the grand tours, after a winter of altitude training. The 27-year-old finished second "
    "overall last season and won three mountain stages.",
    "Wheat futures jumped 4 percent after frost damaged crops in the southern hemisphere and "
    "exporters cut their harvest estimates. Corn and soybeans followed, while rice prices were "
    "steady on ample stocks in Asia.",
    "A new metro line opened on Monday, linking the airport with the financial district in 22 "
    "minutes. Officials expect 150,000 passengers a day once all stations are in service, "
    "easing pressure on two crowded bus routes.",
    "Snow closed mountain passes in the Alps on Wednesday, stranding hundreds of lorries at the "
    "border. Avalanche risk was raised to level four of five, and ski resorts delayed the start "
    "of the season by a week.",
    "The bank's quarterly earnings beat expectations, as trading revenue rose 18 percent and "
    "provisions for bad loans were lower than feared. Its shares climbed 5 percent in early "
    "trading before paring gains.",
    "The cricket side collapsed to 112 all out on the first morning, losing six wickets for 19 "
    "runs as the ball swung in humid conditions. The opposition reached 98 for two at stumps.",
    "Factory output grew at its fastest pace in two years in November, a survey of purchasing "
    "managers showed, as new export orders picked up and supply delays eased. Employment in "
    "manufacturing rose for the first time since the spring.",
    "The river burst its banks after three days of rain, flooding about 300 homes and cutting "
    "power to several districts. Rescue teams used boats to reach residents, and schools in the "
    "area will stay closed until the water recedes.",
    "Tourist arrivals reached 9.6 million in the first nine months, close to the level before "
    "the pandemic, with strong growth in travellers from Asia. Hotel occupancy in coastal "
    "resorts averaged 81 percent over the summer.",
    "The swimmer broke her own world record in the 200 metres backstroke, touching the wall in "
    "2 minutes 3.1 seconds. She has now set four world records this year and is favourite for "
    "three titles at the championships.",
    "The currency hit a two-year low against the euro after weaker-than-expected growth figures, "
    "prompting traders to price in an earlier cut in rates. Exporters cheered the fall, saying "
    "it would make their goods more competitive.",
)
