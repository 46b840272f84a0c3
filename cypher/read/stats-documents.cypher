// Documents, how many have a date, their date span and their sentences.
MATCH (d:Document)
RETURN count(d) AS documents, count(d.date) AS dated, min(d.date) AS firstDate, max(d.date) AS lastDate,
       sum(coalesce(d.sentences, 0)) AS sentences, sum(d.chars) AS chars
