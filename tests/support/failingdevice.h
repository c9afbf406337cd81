#pragma once

#include <QIODevice>

namespace dcsdesk::test {

// A device whose writes fail after a number of bytes, to exercise the save-error paths the way a
// full disk would.
class FailingDevice : public QIODevice
{
public:
    explicit FailingDevice(qint64 failAfter = 0) : m_failAfter(failAfter)
    {
        open(QIODevice::WriteOnly);
    }
    qint64 written() const { return m_written; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 len) override
    {
        if (m_written + len > m_failAfter) {
            setErrorString(QStringLiteral("No space left on device"));
            return -1;
        }
        m_written += len;
        return len;
    }

private:
    qint64 m_failAfter;
    qint64 m_written = 0;
};

} // namespace dcsdesk::test
