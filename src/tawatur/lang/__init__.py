"""Language packs: what the extractor knows about one language's words, as data files with loaders.

``tawatur.lang.ar`` holds Arabic morphology (verb lemmas, their verbal nouns and participles, the affix
and clitic tables) and the word list that checks clitic analyses. A pack is read-only data plus small
pure functions, so an English pack can sit beside it without forking the stages.
"""
