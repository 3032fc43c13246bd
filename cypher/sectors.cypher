// Viewer: every sector named on an organization, with how many organizations carry it.
MATCH (o:Organization) WHERE o.sector IS NOT NULL
RETURN o.sector AS sector, count(*) AS n
ORDER BY sector
