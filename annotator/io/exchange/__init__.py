"""Project exchange files (REFI-QDA .qdpx): reading and writing, without the database."""
