"""Bridges from the gateway to other systems: ``mxgw-py bridge mqtt`` publishes tag changes
into an MQTT Unified Namespace (needs the ``mqtt`` extra: ``pip install 'mxgateway[mqtt]'``).

``config`` (settings), ``selection`` (which tags), ``topics`` (where they go), ``payload``
(what is published), ``outbox`` (the bounded queue and its drop policy), ``feed`` (the
gateway side), ``mqtt`` (the broker side), ``writes`` (set requests), ``stats`` and
``bridge`` (all of it together). Only ``mqtt`` and ``bridge`` import aiomqtt.
"""
