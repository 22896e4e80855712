"""Pure rules of machine coding: the prompt a language model gets, and how its answer is checked."""
