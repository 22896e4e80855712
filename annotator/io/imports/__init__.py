"""Reading article files: finding them, one reader per format, news-database exports,
cleaning, encodings, dates, languages, limits, and parsing on all cores.
"""
