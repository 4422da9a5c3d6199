"""Files and archives: what the mock stores, draws, packs and serves as files.

* :mod:`.uploads`: files served by the mock itself (presigned uploads, signed reads) and
  the pretend buckets of connected storages;
* :mod:`.storage_urls`: the URLs uploaded files pretend to get;
* :mod:`.archive`: the zip archives of exports (resumable downloads);
* :mod:`.export_records`: one task in the export format (exports and webhook events);
* :mod:`.masks`: masks of segmentation and brush objects, as PNG images;
* :mod:`.demo_images`: the pictures of the demo assets, drawn by the mock;
* :mod:`.chat`: chat (LLM conversation) assets and their conversation files.
"""
