"""Sub-commands of the ``tawatur`` CLI, one module each (see :mod:`tawatur.cli`)."""
