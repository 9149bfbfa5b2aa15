import sys
from pathlib import Path

# the peer-suite helpers live beside the tests
sys.path.insert(0, str(Path(__file__).parent))
