#include "models/check_in_table_model.h"

#include "labels.h"
#include "models/client_labels.h"

#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace glidepath::ui {

CheckInTableModel::CheckInTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void CheckInTableModel::setCheckIns(std::vector<storage::StoredCheckIn> checkIns,
                                    QHash<QString, QString> exerciseNames)
{
    // The latest week is what the clinician looks at first.
    std::stable_sort(checkIns.begin(), checkIns.end(),
                     [](const auto& a, const auto& b) { return a.checkIn.date > b.checkIn.date; });
    beginResetModel();
    m_checkIns = std::move(checkIns);
    m_exerciseNames = std::move(exerciseNames);
    endResetModel();
}

const storage::StoredCheckIn* CheckInTableModel::checkInAt(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_checkIns.size())) {
        return nullptr;
    }
    return &m_checkIns[static_cast<std::size_t>(row)];
}

int CheckInTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_checkIns.size());
}

int CheckInTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CheckInTableModel::painfulText(const core::CheckIn& checkIn) const
{
    QStringList items;
    for (const auto& [id, pain] : checkIn.painfulExercises) {
        const QString key = QString::fromStdString(id);
        items << tr("%1 (%2/10)").arg(m_exerciseNames.value(key, key)).arg(pain);
    }
    return items.join(QStringLiteral(", "));
}

QString CheckInTableModel::redFlagText(const core::CheckIn& checkIn, bool details) const
{
    if (checkIn.redFlags.empty()) {
        return details ? QString() : tr("None");
    }
    if (!details) {
        return tr("%n answered yes", nullptr, static_cast<int>(checkIn.redFlags.size()));
    }
    QStringList questions;
    for (const core::RedFlag flag : checkIn.redFlags) {
        questions << ClientLabels::redFlagQuestion(flag);
    }
    return questions.join(QLatin1Char('\n'));
}

QVariant CheckInTableModel::data(const QModelIndex& index, int role) const
{
    const storage::StoredCheckIn* stored = index.isValid() ? checkInAt(index.row()) : nullptr;
    if (!stored) {
        return {};
    }
    const core::CheckIn& c = stored->checkIn;
    if (role == CheckInIdRole) {
        return QVariant::fromValue<qint64>(stored->id);
    }
    if (role == RawValueRole) {
        switch (index.column()) {
        case DateColumn:
            return toQDate(c.date);
        case PainRestColumn:
            return c.painRest;
        case PainActivityColumn:
            return c.painActivity;
        case PainExerciseColumn:
            return c.painExercise;
        case NightPainColumn:
            return c.nightPain;
        case AdherenceColumn:
            return c.adherence;
        case PainfulExercisesColumn:
            return static_cast<int>(c.painfulExercises.size());
        case RedFlagsColumn:
            return static_cast<int>(c.redFlags.size());
        default:
            return {};
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case DateColumn:
            return QLocale().toString(toQDate(c.date), QLocale::ShortFormat);
        case PainRestColumn:
            return tr("%1/10").arg(c.painRest);
        case PainActivityColumn:
            return tr("%1/10").arg(c.painActivity);
        case PainExerciseColumn:
            return tr("%1/10").arg(c.painExercise);
        case NextMorningColumn:
            return c.nextMorning == core::NextMorning::Settled ? tr("Settled") : tr("Higher");
        case NightPainColumn:
            return c.nightPain ? tr("Yes") : tr("No");
        case SwellingColumn:
            return Labels::of(c.swelling);
        case AdherenceColumn:
            return tr("%1%").arg(static_cast<int>(std::lround(c.adherence * 100.0)));
        case DifficultyColumn:
            return Labels::of(c.difficulty);
        case PainfulExercisesColumn:
            return painfulText(c);
        case RedFlagsColumn:
            return redFlagText(c, false);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == RedFlagsColumn) {
            const QString text = redFlagText(c, true);
            return text.isEmpty() ? QVariant() : QVariant(text);
        }
        if (index.column() == PainfulExercisesColumn) {
            const QString text = painfulText(c);
            return text.isEmpty() ? QVariant() : QVariant(text);
        }
        if (index.column() == NextMorningColumn) {
            return Labels::of(c.nextMorning);
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case PainRestColumn:
        case PainActivityColumn:
        case PainExerciseColumn:
        case AdherenceColumn:
            return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    }
    return {};
}

QVariant CheckInTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case PainRestColumn:
            return tr("Pain at rest, 0-10");
        case PainActivityColumn:
            return tr("Pain during daily activity, 0-10");
        case PainExerciseColumn:
            return tr("Pain during the exercises, 0-10");
        case NextMorningColumn:
            return tr("How the pain was the morning after exercising");
        case AdherenceColumn:
            return tr("Sessions done out of those planned");
        case RedFlagsColumn:
            return tr("Red-flag questions answered yes");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case DateColumn:
        return tr("Date");
    case PainRestColumn:
        return tr("Rest");
    case PainActivityColumn:
        return tr("Activity");
    case PainExerciseColumn:
        return tr("Exercise");
    case NextMorningColumn:
        return tr("Next morning");
    case NightPainColumn:
        return tr("Night pain");
    case SwellingColumn:
        return tr("Swelling");
    case AdherenceColumn:
        return tr("Done");
    case DifficultyColumn:
        return tr("Difficulty");
    case PainfulExercisesColumn:
        return tr("Exercises that hurt");
    case RedFlagsColumn:
        return tr("Red flags");
    default:
        return {};
    }
}

} // namespace glidepath::ui
