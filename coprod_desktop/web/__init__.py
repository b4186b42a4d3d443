"""The ballot over the room's own network: phones and tablets vote on an open round.

Nothing here imports Qt: ``server.BallotServer`` runs in its own thread, and the app and
the ``serve-ballot`` command drive it the same way. The modules are imported only when a
facilitator turns phones on, so the app starts without loading the web stack.
"""
